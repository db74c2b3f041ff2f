package dev.bookspace.organisation;

import dev.bookspace.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;

/** The property's details as its owner edits them on Settings: see {@link PropertyDetails}. */
public class PropertyForm implements Serializable {

    @Size(max = 300, message = "{bookspace.property.address.size}")
    @PlainText
    private String address;

    @Pattern(regexp = "|\\+?[0-9 ()./-]{6,30}", message = "{bookspace.property.phone.invalid}")
    private String phone;

    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "{bookspace.property.email.invalid}")
    @Size(max = 254, message = "{bookspace.email.size}")
    private String email;

    @NotNull(message = "{bookspace.property.check-in.missing}")
    private LocalTime checkInFrom;

    @NotNull(message = "{bookspace.property.checkout.missing}")
    private LocalTime checkOutUntil;

    @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "{bookspace.property.colour}")
    private String brandColour;

    static PropertyForm of(PropertyDetails details) {
        PropertyForm form = new PropertyForm();
        form.address = details.address();
        form.phone = details.phone();
        form.email = details.email();
        form.checkInFrom = details.checkInFrom();
        form.checkOutUntil = details.checkOutUntil();
        form.brandColour = details.brandColour();
        return form;
    }

    /** The details as edited; the logo is uploaded on its own, so it has none ({@link Organisation#describe} keeps it). */
    PropertyDetails details() {
        return new PropertyDetails(address, phone, email, checkInFrom, checkOutUntil, brandColour, null);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalTime getCheckInFrom() {
        return checkInFrom;
    }

    public void setCheckInFrom(LocalTime checkInFrom) {
        this.checkInFrom = checkInFrom;
    }

    public LocalTime getCheckOutUntil() {
        return checkOutUntil;
    }

    public void setCheckOutUntil(LocalTime checkOutUntil) {
        this.checkOutUntil = checkOutUntil;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }
}
